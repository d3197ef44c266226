-- The three statements the service runs for one `ticker` request (PriceGraphQLApi.ticker): the ticker's
-- commodities in display order, PriceRepository.RECENT_TAIL for them (run.sh copies it from the source in
-- place of the marker line below) and the publisher's figures for their latest dates
-- (ReportedFiguresRepository.printedOn). run.sh fills in @IDS@ and @DATES@.
select c1_0.id,c1_0.created_at,c1_0.currency,c1_0.description,c1_0.display_order,c1_0.in_ticker,c1_0.name,c1_0.price_page_url,c1_0.sector,c1_0.slug,c1_0.subscription_tier,c1_0.unit,c1_0.update_frequency,c1_0.update_frequency_text from commodity c1_0 where c1_0.in_ticker order by c1_0.display_order,c1_0.id;
-- @TAIL@
select rf1_0.id,rf1_0.commodity_id,rf1_0.imported_at,rf1_0.last,rf1_0.percentage_change,rf1_0.published_on,rf1_0.publisher_id,rf1_0.source,rf1_0.today,rf1_0.year_on_year,rf1_0.year_to_date from reported_figures rf1_0 where rf1_0.commodity_id in (@IDS@) and rf1_0.published_on in (@DATES@) order by rf1_0.id;
