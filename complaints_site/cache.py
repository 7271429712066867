"""Django's database cache with an atomic ``incr``, so counters hold across workers.

The built-in ``DatabaseCache.incr`` reads, adds and writes back in three steps: two
workers counting the same client at the same moment both write the same number and
one hit is lost (a rate limit then lets more through than it says). Here the row is
locked first, with an UPDATE that changes nothing: a row lock on PostgreSQL, the write
lock on SQLite. A concurrent increment waits for the first to commit and then reads
its result. The entry's expiry is kept (the built-in one resets it to the default).

Redis (``REDIS_URL``) needs none of this: its INCR is atomic.
"""

from __future__ import annotations

import base64
import pickle

from django.core.cache.backends import db
from django.db import connections, models, router, transaction
from django.utils.timezone import now


class DatabaseCache(db.DatabaseCache):
    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        alias = router.db_for_write(self.cache_model_class)
        connection = connections[alias]
        quote = connection.ops.quote_name
        table, key_col = quote(self._table), quote("cache_key")
        expression = models.Expression(output_field=models.DateTimeField())
        converters = connection.ops.get_db_converters(expression) + expression.get_db_converters(
            connection
        )
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET {key_col} = {key_col} WHERE {key_col} = %s",
                [key],
            )
            cursor.execute(
                f"SELECT {quote('value')}, {quote('expires')} FROM {table} WHERE {key_col} = %s",
                [key],
            )
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found")
            value, expires = row
            for converter in converters:
                expires = converter(expires, expression, connection)
            if expires < now():
                raise ValueError(f"Key '{key}' not found")
            value = connection.ops.process_clob(value)
            new_value = pickle.loads(base64.b64decode(value.encode(), validate=True)) + delta
            encoded = base64.b64encode(pickle.dumps(new_value, self.pickle_protocol)).decode(
                "latin1"
            )
            cursor.execute(
                f"UPDATE {table} SET {quote('value')} = %s WHERE {key_col} = %s",
                [encoded, key],
            )
        return new_value

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version=version)
