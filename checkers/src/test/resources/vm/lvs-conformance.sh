# Shell side of LvsVmConformanceTest, sourced by each step's script inside the IPVS VM (working directory: the run
# directory, $K4J_IO). Real servers are busybox httpd on dummy0 addresses; "settle" waits until the IPVS table has
# stopped changing and prints `ipvsadm -Sn`.
IO=${K4J_IO:-/run/k4j-io}
BB=$(command -v busybox)

rs_start() { # ADDR (httpd -p syntax) NAME
  "$BB" httpd -f -p "$1" -h "$IO/www" &
  echo $! > "$IO/httpd-$2.pid"
}

rs_stop() { # NAME
  kill "$(cat "$IO/httpd-$1.pid")" 2>/dev/null
  rm -f "$IO/httpd-$1.pid"
}

setup() {
  mkdir -p "$IO/www" && echo "k4j" > "$IO/www/index.html"
  for a in 11 12 13; do ip addr add 192.0.2.$a/24 dev dummy0 || return 1; done
  for a in 11 12; do ip addr add 2001:db8::$a/64 dev dummy0 nodad || return 1; done
  rs_start 192.0.2.11:80 v4-11; rs_start 192.0.2.12:80 v4-12; rs_start 192.0.2.13:80 v4-13
  rs_start '[2001:db8::11]:80' v6-11; rs_start '[2001:db8::12]:80' v6-12
}

# Prints the table once it has been the same for 3 s (checked every 0.5 s), after at least MIN seconds.
settle() { # MIN
  sleep "$1"
  prev=$(ipvsadm -Sn); same=0; n=0
  while [ $same -lt 6 ] && [ $n -lt 80 ]; do
    sleep 0.5
    cur=$(ipvsadm -Sn)
    if [ "$cur" = "$prev" ]; then same=$((same + 1)); else same=0; prev=$cur; fi
    n=$((n + 1))
  done
  echo "$prev"
}

# Runs the scenario against a started implementation (pid in $1), writing PREFIX-*.txt.
scenario() { # PID PREFIX
  settle 4 > "$IO/$2-1.txt"
  ipvsadm -L --daemon > "$IO/$2-daemon.txt"
  ipvsadm -L --timeout > "$IO/$2-timeout.txt"
  rs_stop v4-12; rs_stop v6-12
  settle 4 > "$IO/$2-2.txt"
  rs_start 192.0.2.12:80 v4-12; rs_start '[2001:db8::12]:80' v6-12
  settle 4 > "$IO/$2-3.txt"
}

stop_and_dump() { # PID PREFIX
  kill -TERM "$1"
  wait "$1"
  ipvsadm -Sn > "$IO/$2-end.txt"
  ipvsadm -L --daemon > "$IO/$2-end-daemon.txt"
  ipvsadm -L --timeout > "$IO/$2-end-timeout.txt"
}
