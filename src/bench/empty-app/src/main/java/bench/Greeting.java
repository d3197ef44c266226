package bench;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one entity, so that Hibernate ORM starts as it does in the service. */
@Entity
public class Greeting extends PanacheEntityBase {

    @Id
    public Long id;

    public String text;
}
