-- Tables the Waline comment server (npm @waline/vercel 1.39.3) expects in
-- PostgreSQL, with the default table prefix "wl_" (env PG_PREFIX).
--
-- Adapted from assets/waline.pgsql in the walinejs/waline repository
-- (Copyright (c) lizheming and Waline contributors, MIT License).
-- Same tables, columns, types and defaults; changed for Pilot Zones:
-- IF NOT EXISTS everywhere so that scripts/comment-server.sh can apply it
-- to an existing database on every start; each sequence is OWNED BY its id
-- column so that TRUNCATE ... RESTART IDENTITY (comment-server.sh reset)
-- restarts the ids at 1; layout and comments.
--
-- Column names are left unquoted on purpose (insertedAt is stored as
-- insertedat): that is what Waline's PostgreSQL adapter expects.

-- Comments. status is 'approved', 'waiting' (COMMENT_AUDIT=true) or 'spam'.
CREATE SEQUENCE IF NOT EXISTS wl_comment_seq;

CREATE TABLE IF NOT EXISTS wl_comment (
  id         int          NOT NULL DEFAULT nextval('wl_comment_seq') CHECK (id > 0),
  user_id    int          DEFAULT NULL,
  comment    text,
  insertedAt timestamp(0) without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ip         varchar(100) DEFAULT '',
  link       varchar(255) DEFAULT NULL,
  mail       varchar(255) DEFAULT NULL,
  nick       varchar(255) DEFAULT NULL,
  pid        int          DEFAULT NULL,
  rid        int          DEFAULT NULL,
  sticky     numeric      DEFAULT NULL,
  status     varchar(50)  NOT NULL DEFAULT '',
  "like"     int          DEFAULT NULL,
  ua         text,
  url        varchar(255) DEFAULT NULL,
  createdAt  timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt  timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);
ALTER SEQUENCE wl_comment_seq OWNED BY wl_comment.id;

-- Page view counter and reactions, one row per url.
CREATE SEQUENCE IF NOT EXISTS wl_counter_seq;

CREATE TABLE IF NOT EXISTS wl_counter (
  id        int          NOT NULL DEFAULT nextval('wl_counter_seq') CHECK (id > 0),
  time      int          DEFAULT NULL,
  reaction0 int          DEFAULT NULL,
  reaction1 int          DEFAULT NULL,
  reaction2 int          DEFAULT NULL,
  reaction3 int          DEFAULT NULL,
  reaction4 int          DEFAULT NULL,
  reaction5 int          DEFAULT NULL,
  reaction6 int          DEFAULT NULL,
  reaction7 int          DEFAULT NULL,
  reaction8 int          DEFAULT NULL,
  url       varchar(255) NOT NULL DEFAULT '',
  createdAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);
ALTER SEQUENCE wl_counter_seq OWNED BY wl_counter.id;

-- Registered users (the first one to register becomes administrator).
CREATE SEQUENCE IF NOT EXISTS wl_users_seq;

CREATE TABLE IF NOT EXISTS wl_users (
  id           int          NOT NULL DEFAULT nextval('wl_users_seq') CHECK (id > 0),
  display_name varchar(255) NOT NULL DEFAULT '',
  email        varchar(255) NOT NULL DEFAULT '',
  password     varchar(255) NOT NULL DEFAULT '',
  type         varchar(50)  NOT NULL DEFAULT '',
  label        varchar(255) DEFAULT NULL,
  url          varchar(255) DEFAULT NULL,
  avatar       varchar(255) DEFAULT NULL,
  github       varchar(255) DEFAULT NULL,
  twitter      varchar(255) DEFAULT NULL,
  facebook     varchar(255) DEFAULT NULL,
  google       varchar(255) DEFAULT NULL,
  weibo        varchar(255) DEFAULT NULL,
  qq           varchar(255) DEFAULT NULL,
  oidc         varchar(255) DEFAULT NULL,
  huawei       varchar(255) DEFAULT NULL,
  "2fa"        varchar(32)  DEFAULT NULL,
  createdAt    timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  updatedAt    timestamp(0) without time zone NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
);
ALTER SEQUENCE wl_users_seq OWNED BY wl_users.id;
