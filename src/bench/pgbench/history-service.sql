-- The three statements the service runs for the 500-point history page: the commodity by slug
-- (Commodity.findBySlug), PriceRepository.PAGE (first 500 + 1) and PriceRepository.COUNT, with the
-- bounds the API uses when `from` and `to` are omitted. run.sh fills in @SLUG@ and @ID@.
select c1_0.id,c1_0.created_at,c1_0.currency,c1_0.description,c1_0.display_order,c1_0.name,c1_0.price_page_url,c1_0.sector,c1_0.slug,c1_0.subscription_tier,c1_0.unit,c1_0.update_frequency,c1_0.update_frequency_text from commodity c1_0 where c1_0.slug='@SLUG@' fetch first 1 rows only;
SELECT commodity_id, assessed_on, value FROM ( SELECT p.commodity_id, p.assessed_on, p.value, row_number() OVER (PARTITION BY p.commodity_id ORDER BY p.assessed_on ASC) AS rn FROM price_point p WHERE p.commodity_id IN (@ID@) AND NOT p.retracted AND p.assessed_on > DATE '0001-12-31 BC' AND p.assessed_on < DATE '10000-01-01') numbered WHERE rn <= 501 ORDER BY commodity_id, assessed_on;
SELECT p.commodity_id, count(*) FROM price_point p WHERE p.commodity_id IN (@ID@) AND NOT p.retracted AND p.assessed_on BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' GROUP BY p.commodity_id;
