import { PGlite } from '@electric-sql/pglite';

const pg = await PGlite.create('memory://');
await pg.exec(`create table t (id int primary key, v int); create table agg (k int primary key, n int);
create function tf() returns trigger language plpgsql as $$ begin
  if TG_OP = 'INSERT' then insert into agg select 1, count(*) from new_rows on conflict (k) do update set n = agg.n + excluded.n; end if;
  return null; end $$;
create trigger tt after insert on t referencing new table as new_rows for each statement execute function tf();
insert into t values (1,1),(2,2); insert into t values (3,3) on conflict (id) do update set v = excluded.v;`);
console.log((await pg.query('select * from agg')).rows, (await pg.query('select version()')).rows);
