package dev.arrears.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Which local ports are free, and waiting for one to open. */
public final class Ports {

    private Ports() {
    }

    /** True when nothing listens on {@code port}, on any local address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Any port the OS considers free right now. */
    public static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free local port", e);
        }
    }

    /** {@code preferred} if free, else another free port. */
    public static int preferred(int preferred) {
        return isFree(preferred) ? preferred : anyFree();
    }
}
