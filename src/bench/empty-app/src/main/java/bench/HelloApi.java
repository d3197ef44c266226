package bench;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** One query that reads the database: the first successful answer the startup probe waits for. */
@GraphQLApi
public class HelloApi {

    @Query("hello")
    public String hello() {
        Greeting greeting = Greeting.findById(1L);
        return greeting == null ? "none" : greeting.text;
    }
}
