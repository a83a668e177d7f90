set -e
ip netns del k4jcapA 2>/dev/null || true
ip netns del k4jcapB 2>/dev/null || true
ip netns add k4jcapA; ip netns add k4jcapB
ip -n k4jcapA link add veth0 type veth peer name veth0 netns k4jcapB
for n in k4jcapA k4jcapB; do
  ip netns exec $n sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
  ip -n $n link set lo up
done
ip -n k4jcapA link set veth0 address 02:00:00:00:0a:01
ip -n k4jcapB link set veth0 address 02:00:00:00:0b:01
ip netns exec k4jcapA sysctl -qw net.ipv6.conf.veth0.accept_dad=0
ip netns exec k4jcapB sysctl -qw net.ipv6.conf.veth0.accept_dad=0
ip -n k4jcapA addr add 10.9.0.1/24 dev veth0
ip -n k4jcapB addr add 10.9.0.2/24 dev veth0
ip -n k4jcapA link set veth0 up; ip -n k4jcapB link set veth0 up
