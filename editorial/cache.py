"""A Redis cache the site survives losing: every cache is rebuilt from the database.

When Redis is down or slow, reads miss and writes are dropped (logged, at most once every
few seconds per process) and Redis is retried a second later; pages are then rendered from the
database, never answered 500.
`/readyz` reports the dead dependency (articles/views.py).
"""

import functools
import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
LOG_INTERVAL_SECONDS = 10
# After a failure Redis is left alone this long: a hung server would otherwise cost every
# request its socket timeout, several times over.
RETRY_AFTER_SECONDS = 1.0


def _tolerant(fallback):
    """Run the cache operation; on a Redis error log it and answer what a miss would."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < TolerantRedisCache.down_until:
                return fallback(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except (RedisError, OSError) as error:
                self.report(method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _default(key, default=None, version=None):
    return default


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _all_keys_failed(data, *args, **kwargs):
    return list(data)


class ReusedRedisCacheClient(RedisCacheClient):
    """Django's Redis client with one redis-py client per server, reused: Django's builds one for
    every operation, and each copies redis-py's table of reply callbacks (50 µs, several times a
    page). A redis-py client is its connection pool's, safe to share between threads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class TolerantRedisCache(RedisCache):
    """Django's Redis cache, whose failures are misses (see the module docstring)."""

    down_until = 0.0
    _last_report = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedRedisCacheClient

    def report(self, operation, error):
        now = time.monotonic()
        TolerantRedisCache.down_until = now + RETRY_AFTER_SECONDS
        if now - TolerantRedisCache._last_report >= LOG_INTERVAL_SECONDS:
            TolerantRedisCache._last_report = now
            logger.error("Cache indisponible (%s) : %s ; les pages sont servies sans cache.", operation, error)

    @_tolerant(_false)
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().add(key, value, timeout, version)

    @_tolerant(_default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @_tolerant(_nothing)
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set(key, value, timeout, version)

    @_tolerant(_false)
    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return super().touch(key, timeout, version)

    @_tolerant(_false)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_tolerant(_empty)
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_tolerant(_false)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_tolerant(_all_keys_failed)
    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return super().set_many(data, timeout, version)

    @_tolerant(_nothing)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_tolerant(_false)
    def clear(self):
        return super().clear()
