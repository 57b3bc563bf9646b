-- The shop's database as the stack creates it (database "shop"). The workload does not write it yet (its
-- generator still writes orders-cdc itself); tests insert and update `orders`, and Debezium captures the
-- table through the publication below into orders-cdc.
-- Times are `timestamp` (UTC) so that Debezium with time.precision.mode=connect writes epoch milliseconds.
CREATE TABLE IF NOT EXISTS public.orders (
    order_id          text PRIMARY KEY,
    customer_id       text NOT NULL,
    status            text NOT NULL,
    amount            numeric(12, 2) NOT NULL,
    currency          char(3) NOT NULL,
    item_count        integer NOT NULL,
    ship_by           timestamp NOT NULL,
    promised_delivery timestamp NOT NULL,
    created_at        timestamp NOT NULL,
    updated_at        timestamp NOT NULL
);
-- deletes carry the whole old row in `before`, as the generator's envelopes did
ALTER TABLE public.orders REPLICA IDENTITY FULL;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'tidewatch_orders') THEN
        CREATE PUBLICATION tidewatch_orders FOR TABLE public.orders;
    END IF;
END $$;
