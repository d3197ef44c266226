-- The floor of what the PostGraphile ticker answers: the ticker's commodities in display order with their
-- latest 12 prints, as plain SQL in one statement.
SELECT c.id, c.slug, c.name, c.update_frequency, t.assessed_on, t.value FROM commodity c LEFT JOIN LATERAL (SELECT p.assessed_on, p.value FROM price_point p WHERE p.commodity_id = c.id AND NOT p.retracted ORDER BY p.assessed_on DESC LIMIT 12) t ON true WHERE c.in_ticker ORDER BY c.display_order, c.id, t.assessed_on DESC;
