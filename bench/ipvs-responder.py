#!/usr/bin/env python3
"""Answers the benchmark checks in the IPVS VM from one process (busybox httpd forks per connection, which under
software emulation is too slow for thousands of checks a second).

Usage: ipvs-responder.py tcp|http PORT
  tcp   accept and close (TCP_CHECK)
  http  read the request head, answer "200 OK" with a 3-byte body, close (HTTP_GET)
"""
import asyncio
import sys

RESPONSE = b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n"


async def tcp(reader, writer):
    writer.close()


async def http(reader, writer):
    try:
        await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        writer.write(RESPONSE)
        await asyncio.wait_for(writer.drain(), 10)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(mode, port):
    server = await asyncio.start_server(tcp if mode == "tcp" else http, "0.0.0.0", port, backlog=4096)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
