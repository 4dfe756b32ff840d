package de.dortmund.miadoki.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ports for the stand-ins a test starts itself (the OpenID provider, the directory). The build
 * keeps one port per server for the whole run, but between two test classes the server is down and
 * its port free: an ephemeral port handed to a stand-in then could be the next server's own port,
 * bound on the loopback address, which then answers the server's requests. A stand-in therefore
 * takes a free loopback port that is none of the kept ones.
 */
public final class TestPorts {

  private TestPorts() {}

  /** The ports the build keeps for the servers under test (property {@code it.reserved.ports}). */
  static Set<Integer> reserved() {
    String listed = System.getProperty("it.reserved.ports", "");
    return Arrays.stream(listed.split(","))
        .map(String::trim)
        .filter(s -> s.matches("\\d+"))
        .map(Integer::valueOf)
        .collect(Collectors.toSet());
  }

  /** A loopback port that is free now and is not one the build keeps for a server. */
  public static int freeLoopbackPort() {
    Set<Integer> reserved = reserved();
    for (int attempt = 0; attempt < 50; attempt++) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int port = socket.getLocalPort();
        if (!reserved.contains(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("no free loopback port outside " + reserved);
  }
}
