-- The plain floor of the 500-point history page: one indexed page of 500 + 1 rows and the total count.
SELECT p.assessed_on, p.value FROM price_point p WHERE p.commodity_id = @ID@ AND NOT p.retracted ORDER BY p.assessed_on LIMIT 501;
SELECT count(*) FROM price_point p WHERE p.commodity_id = @ID@ AND NOT p.retracted;
