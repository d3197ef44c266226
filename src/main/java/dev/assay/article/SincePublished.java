package dev.assay.article;

import dev.assay.commodity.Commodity;

/** A link of an article to a commodity, whose index move since the article's publication can be asked. */
interface SincePublished {

    Commodity commodity();

    Article article();
}
