package org.factlint.cli;

/**
 * SIGHUP, the Unix way of asking a daemon to re-read its configuration. Uses the JDK's
 * {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK 17); where the platform
 * has no SIGHUP the admin route still reloads.
 */
final class Signals {

    private Signals() {
    }

    /**
     * Runs {@code action} on each SIGHUP; returns false if this platform cannot deliver one, or if
     * the process was started with SIGHUP ignored (as under nohup), which the JVM then keeps
     * ignoring whatever handler is asked for.
     */
    static boolean onHangUp(Runnable action) {
        try {
            sun.misc.SignalHandler before = sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> action.run());
            return before != sun.misc.SignalHandler.SIG_IGN;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }
}
