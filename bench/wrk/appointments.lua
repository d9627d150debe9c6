-- wrk script for bench/side-by-side.ts: the same requests against either server, configured
-- through the environment so that only paths, authentication and bodies differ.
--   BENCH_MODE   static | by_id | create | status
--   BENCH_AUTH   the whole Authorization header ("Bearer …" or "Token …")
--   BENCH_PATH   static: the path; by_id, status: a template with %d for the id;
--                create: the collection path
--   BENCH_IDS    by_id: "min,max" (a random id between); status: a comma-separated id list
--   BENCH_BODY   create: a JSON template with %s for the date and %s for the time
--   BENCH_DAY0   create: the epoch second of the first day to book (noon UTC); a distinct
--                half hour per request, so no create meets a taken slot
local mode = os.getenv("BENCH_MODE") or "static"
local path = os.getenv("BENCH_PATH") or "/"

wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
wrk.headers["Accept"] = "application/json"

local function split(text)
  local out = {}
  for part in string.gmatch(text or "", "[^,]+") do
    out[#out + 1] = tonumber(part)
  end
  return out
end

local ids = split(os.getenv("BENCH_IDS"))
local threads = 0
local counter = 0
-- A global, not a local: setup() sets it in each thread's own interpreter.
thread_index = 0

function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(os.time() * 100 + thread_index)
end

if mode == "static" then
  wrk.method = "GET"
  wrk.path = path
elseif mode == "by_id" then
  request = function()
    return wrk.format("GET", string.format(path, math.random(ids[1], ids[2])))
  end
elseif mode == "create" then
  wrk.headers["Content-Type"] = "application/json"
  local template = os.getenv("BENCH_BODY")
  local day0 = tonumber(os.getenv("BENCH_DAY0"))
  request = function()
    -- Threads take turns through the half hours: thread i books slots i, i+2, i+4, …
    local slot = counter * 2 + thread_index
    counter = counter + 1
    local date = os.date("!%Y-%m-%d", day0 + math.floor(slot / 48) * 86400)
    local minute = (slot % 48) * 30
    local time = string.format("%02d:%02d", math.floor(minute / 60), minute % 60)
    return wrk.format("POST", path, nil, string.format(template, date, time))
  end
elseif mode == "status" then
  wrk.headers["Content-Type"] = "application/json"
  local statuses = { "pending", "confirmed" }
  request = function()
    local n = counter * 2 + thread_index
    counter = counter + 1
    local id = ids[(n % #ids) + 1]
    local status = statuses[(math.floor(n / #ids) % 2) + 1]
    return wrk.format("PATCH", string.format(path, id), nil, '{"status":"' .. status .. '"}')
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d sock_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
