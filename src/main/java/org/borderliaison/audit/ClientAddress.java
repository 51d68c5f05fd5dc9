package org.borderliaison.audit;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A client address as people read it: IPv6 in its compressed form (RFC 5952: {@code ::1}, not
 * {@code 0:0:0:0:0:0:0:1}), an IPv4-mapped IPv6 address as the IPv4 address it carries. Anything that is not an IP
 * literal (a host name, garbage from a proxy header) is returned as it is.
 */
public final class ClientAddress {

    // Only literals are parsed, so InetAddress never looks a name up in DNS: an IPv6 literal (a text with a colon
    // is never taken for a host name) or four decimal parts.
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ClientAddress() {
    }

    public static String readable(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String candidate = address.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (!IPV6_LITERAL.matcher(candidate).matches() && !IPV4_LITERAL.matcher(candidate).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(candidate);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            if (parsed instanceof Inet6Address inet6) {
                byte[] bytes = inet6.getAddress();
                if (isIpv4Mapped(bytes)) {
                    return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
                }
                int percent = candidate.indexOf('%');
                return compressed(bytes) + (percent < 0 ? "" : candidate.substring(percent));
            }
        } catch (UnknownHostException notAnAddress) {
            // fall through: shown as received
        }
        return address;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** RFC 5952: lower-case hex without leading zeros; the first longest run of two or more zero groups as "::". */
    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
