package dev.qlio.orm.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The hostile value corpus: injection classics, quoting and encoding tricks, huge strings. */
final class HostilePayloads {

    private HostilePayloads() {}

    /** A value the tests look for in the recorded SQL: it must never be there. */
    static final String SENTINEL = "qlio-sentinel'); DELETE FROM rel_canary; --";

    static final List<String> TEXT =
            List.of(
                    "'",
                    "''",
                    "'''",
                    "\"",
                    "`",
                    "\\",
                    "\\\\",
                    "\\'",
                    "\\\\'",
                    "'\\",
                    "'; DROP TABLE rel_canary; --",
                    "\"; DROP TABLE \"rel_canary\"; --",
                    "`; DROP TABLE `rel_canary`; --",
                    "'); DROP TABLE rel_canary; --",
                    "1' OR '1'='1",
                    "1 OR 1=1",
                    "' OR 1=1 --",
                    "' OR ''='",
                    "admin'--",
                    "admin' #",
                    "') OR ('1'='1",
                    "1; DELETE FROM rel_canary",
                    "1; UPDATE rel_payload SET txt = NULL",
                    "' UNION SELECT NULL, NULL, NULL --",
                    "' AND 1=(SELECT COUNT(*) FROM rel_canary) --",
                    "'; SELECT pg_sleep(10); --",
                    "' AND SLEEP(10) --",
                    "'||(SELECT version())||'",
                    "$$; DROP TABLE rel_canary; $$",
                    "$tag$ x $tag$",
                    "E'\\x27'",
                    "/* comment */",
                    "*/ DROP TABLE rel_canary; /*",
                    "-- comment",
                    "#",
                    ";",
                    "%",
                    "_",
                    "%_%",
                    "\\%",
                    "\\_",
                    "[a-z]*?",
                    "?",
                    "??",
                    ":name",
                    ":1",
                    "$1",
                    "?1",
                    "${x}",
                    "#{x}",
                    "{fn now()}",
                    "{d '2024-01-01'}",
                    "\u2019 \u2018 \u201c \u201d",
                    "\u02bc\uff07\u2032\u275b\u275c",
                    "\uff02\uff40\uff3c",
                    "\u00a0\u2028\u2029\ufeff",
                    "😀",
                    "𝕏𝔸 \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
                    "e\u0301 \u0130 \u0131 \u00df",
                    "\u202e\u202d right-to-left",
                    "\r\n\t\u000b\f",
                    "\u0001\u0002\u001b[31m\u007f",
                    " leading",
                    "trailing ",
                    "",
                    "null",
                    "NULL",
                    "<script>alert(1)</script>",
                    "%27%20OR%201%3D1",
                    "&#39; OR 1=1",
                    "0x27",
                    "char(39)",
                    "' collate utf8mb4_bin --",
                    "\\'; DROP TABLE rel_canary; -- ",
                    SENTINEL);

    /** 1 MB and 8 MB strings, with multibyte characters at the ends. */
    static List<String> huge() {
        List<String> huge = new ArrayList<>();
        huge.add("é" + "x".repeat(1 << 20) + "'; --😀");
        huge.add("😀" + "'\\\"`".repeat((8 << 20) / 4) + "é");
        return huge;
    }

    /**
     * A random string of valid Unicode scalar values (no lone surrogates), with the troublesome
     * ASCII ones over-represented.
     */
    static String random(Random random, boolean nulAllowed) {
        int length = random.nextInt(65);
        StringBuilder sb = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            int cp;
            if (kind < 4) {
                cp = "'\"`\\%_;-#/*?:$\u0000 \t\r\n".charAt(random.nextInt(19));
            } else if (kind < 7) {
                cp = 0x20 + random.nextInt(0x5f);
            } else if (kind < 9) {
                cp = random.nextInt(0xFFFF + 1);
                if (Character.isSurrogate((char) cp)) {
                    cp = 0xE000;
                }
            } else {
                cp = 0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1);
            }
            if (cp == 0 && !nulAllowed) {
                cp = '0';
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
