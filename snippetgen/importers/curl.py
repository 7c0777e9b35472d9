"""A curl command line, as pasted from documentation -> a spec.

The command is split as bash would split it (quotes, $'...', backslash line
continuations), then read as curl reads its options.  Shell variables ($TOKEN,
${TOKEN}) and {name} placeholders become spec variables.  An option that changes the
request in a way a spec cannot say is left out with a warning, never silently.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from ..request import DEFAULT_CONTENT_TYPES
from ..variables import PLACEHOLDER
from .bodies import body_from_text
from .common import Draft, Imported, Origin, Warn
from .finish import finish, url_path
from .output import slug
from .errors import SourceError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# {name} written in the command; not ${name} or #{name}, which are other languages' interpolation.
_LITERAL_PLACEHOLDER = re.compile(r"(?<![$#])\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SECRET_NAME = re.compile(r"key|token|secret|pass|pwd|auth|credential|bearer|session", re.IGNORECASE)
_SENTINEL = "\0{}\0"  # stands for the text of a <(printf '%s' ...); no shell word can hold NUL

# Options of curl (7.88 and later) that take an argument; all others are flags.
_SHORT_WITH_ARGUMENT = set("EKCbcdDFPHmoxUQreXYytzTuAw")
_LONG_WITH_ARGUMENT = set("""
abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw data-urlencode
delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header egd-file engine etag-compare
etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user ftp-method ftp-port
ftp-ssl-ccc-mode happy-eyeballs-timeout-ms header hostpubmd5 hostpubsha256 hsts interface json keepalive-time
key key-type krb libcurl limit-rate local-port login-options mail-auth mail-from mail-rcpt max-filesize max-redirs
max-time netrc-file noproxy oauth2-bearer output output-dir parallel-max pass pinnedpubkey preproxy proto
proto-default proto-redir proxy proxy-cacert proxy-capath proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile
proxy-header proxy-key proxy-key-type proxy-pass proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers
proxy-tlsauthtype proxy-tlspassword proxy-tlsuser proxy-user proxy1.0 pubkey quote random-file range rate referer
request request-target resolve retry retry-delay retry-max-time sasl-authzid service-name socks4 socks4a socks5
socks5-gssapi-service socks5-hostname speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max
tls13-ciphers tlsauthtype tlspassword tlsuser trace trace-ascii unix-socket upload-file url url-query user
user-agent write-out variable ech ip-tos vlan-priority trace-config knownhosts ipfs-gateway parallel-max-host
sigalgs upload-flags keepalive-cnt ssl-sessions
""".split())
_SHORT_TO_LONG = {
    "E": "cert", "K": "config", "C": "continue-at", "b": "cookie", "c": "cookie-jar", "d": "data",
    "D": "dump-header", "F": "form", "P": "ftp-port", "H": "header", "m": "max-time", "o": "output", "x": "proxy",
    "U": "proxy-user", "Q": "quote", "r": "range", "e": "referer", "X": "request", "Y": "speed-limit",
    "y": "speed-time", "t": "telnet-option", "z": "time-cond", "T": "upload-file", "u": "user", "A": "user-agent",
    "w": "write-out", "a": "append", "q": "disable", "f": "fail", "G": "get", "g": "globoff", "I": "head",
    "0": "http1.0", "i": "include", "k": "insecure", "4": "ipv4", "6": "ipv6", "j": "junk-session-cookies",
    "l": "list-only", "L": "location", "M": "manual", "n": "netrc", ":": "next", "N": "no-buffer", "Z": "parallel",
    "#": "progress-bar", "p": "proxytunnel", "J": "remote-header-name", "O": "remote-name", "R": "remote-time",
    "S": "show-error", "s": "silent", "2": "sslv2", "3": "sslv3", "1": "tlsv1", "B": "use-ascii", "v": "verbose",
    "V": "version", "h": "help",
}
_LONG_FLAGS = set("""
anyauth append basic cert-status compressed compressed-ssh create-dirs crlf digest disable disable-eprt
disable-epsv disallow-username-in-url doh-cert-status doh-insecure fail fail-early fail-with-body false-start
form-escape ftp-create-dirs ftp-pasv ftp-pret ftp-skip-pasv-ip ftp-ssl-ccc ftp-ssl-control get globoff
haproxy-protocol head help http0.9 http1.0 http1.1 http2 http2-prior-knowledge http3 http3-only
ignore-content-length include insecure ipv4 ipv6 junk-session-cookies list-only location location-trusted
mail-rcpt-allowfails manual metalink negotiate netrc netrc-optional next no-alpn no-buffer no-clobber
no-keepalive no-npn no-progress-meter no-sessionid ntlm ntlm-wb parallel parallel-immediate path-as-is post301
post302 post303 progress-bar proxy-anyauth proxy-basic proxy-digest proxy-insecure proxy-negotiate proxy-ntlm
proxy-ssl-allow-beast proxy-ssl-auto-client-cert proxy-tlsv1 proxytunnel raw remote-header-name remote-name
remote-name-all remote-time remove-on-error retry-all-errors retry-connrefused sasl-ir show-error silent
socks5-basic socks5-gssapi socks5-gssapi-nec ssl ssl-allow-beast ssl-auto-client-cert ssl-no-revoke ssl-reqd
ssl-revoke-best-effort sslv2 sslv3 styled-output suppress-connect-headers tcp-fastopen tcp-nodelay
tftp-no-options tlsv1 tlsv1.0 tlsv1.1 tlsv1.2 tlsv1.3 tr-encoding trace-time use-ascii verbose version xattr
ca-native proxy-ca-native mptcp skip-existing dump-ca-embed follow out-null proxy-http2 tls-earlydata
""".split())
# Options that change what curl prints or where it connects, not the request it sends.
_QUIET = set("""
silent show-error verbose include output remote-name remote-name-all remote-header-name write-out fail
fail-early fail-with-body progress-bar no-progress-meter no-buffer trace trace-ascii trace-time trace-config
stderr dump-header create-dirs output-dir remote-time remove-on-error styled-output libcurl globoff
http1.0 http1.1 http2 http2-prior-knowledge http3 http3-only ipv4 ipv6 connect-timeout max-time retry
retry-delay retry-max-time retry-all-errors retry-connrefused tcp-nodelay tcp-fastopen keepalive-time
keepalive-cnt no-keepalive limit-rate speed-limit speed-time rate parallel parallel-max parallel-immediate
parallel-max-host no-clobber skip-existing out-null xattr basic path-as-is suppress-connect-headers
""".split())
_NOT_EXPRESSIBLE = {
    "insecure": "the snippets never turn TLS verification off; give each client the server's CA instead",
    "location": "following redirects differs between clients; the spec describes the first request",
    "location-trusted": "following redirects differs between clients; the spec describes the first request",
    "compressed": "asking for a compressed response and decoding it is each client's own setting",
    "digest": "digest authentication takes a server challenge, which a spec cannot describe",
    "ntlm": "NTLM authentication takes a server challenge, which a spec cannot describe",
    "negotiate": "Negotiate authentication takes a server challenge, which a spec cannot describe",
    "anyauth": "curl picks the authentication after a server challenge, which a spec cannot describe",
    "netrc": "the credentials are read from ~/.netrc, which the command does not hold",
    "netrc-optional": "the credentials are read from ~/.netrc, which the command does not hold",
    "netrc-file": "the credentials are read from a file, which the command does not hold",
    "config": "the options are read from a file, which the command does not hold",
    "aws-sigv4": "the request is signed when it is sent, which a spec cannot describe",
    "proxy": "a proxy is each client's own setting",
    "cacert": "a CA file is each client's own setting",
    "cert": "a client certificate is each client's own setting",
    "request-target": "the spec's request target is the URL's path and query",
    "time-cond": "the If-Modified-Since date comes from a file or is parsed by curl; write the header instead",
    "tr-encoding": "transfer encodings are the client's own business",
    "crlf": "curl rewrites the uploaded text, which a spec cannot describe",
    "next": "a spec describes one request",
    "variable": "curl variables are expanded by curl; write the value instead",
}


@dataclass
class Command:
    """A command line split into words, as bash would, with what the shell would have filled in."""

    words: list[str]
    shell_variables: dict[str, str | None] = field(default_factory=dict)  # name -> default value
    contents: dict[str, str] = field(default_factory=dict)  # sentinel -> text of a <(printf '%s' ...)
    ignored: list[str] = field(default_factory=list)  # shell syntax around the command, left out


def import_curl(command: str | list[str], warn: Warn, file: str = "<command>", *,
                placeholders: bool = True) -> Imported:
    """The spec for a curl command: one string to split as bash would, or words already split."""
    origin = Origin(file)
    lexed = split_command(command, file) if isinstance(command, str) else Command(list(command))
    for piece in lexed.ignored:
        warn(origin.warning(f"ignored {piece}: only the curl command itself is imported"))
    words = lexed.words
    if words and _is_curl(words[0]):
        words = words[1:]
    elif words and not (words[0].startswith("-") or "://" in words[0] or "." in words[0]):
        raise origin.error(f"not a curl command: it starts with {words[0][:40]!r}")
    if not words:
        raise origin.error("the curl command has no URL")
    draft = _Reader(origin, warn, lexed).read(words)
    variables: dict[str, dict] = {}
    for name, default in lexed.shell_variables.items():
        variables[name] = {"description": f"the shell variable ${name} of the command", "example": default,
                           "secret": bool(_SECRET_NAME.search(name))}
    if placeholders:
        for word in words:
            for name in _LITERAL_PLACEHOLDER.findall(word):
                variables.setdefault(name, {"secret": bool(_SECRET_NAME.search(name))})
    variables.update({k: v for k, v in draft.variables.items() if k not in variables})
    for name, value in draft.headers:  # a placeholder in a credential header holds a secret
        if name.lower() in ("authorization", "cookie", "proxy-authorization") or _SECRET_NAME.search(name):
            for used in PLACEHOLDER.findall(value):
                if used in variables:
                    variables[used]["secret"] = True
    draft.variables = variables
    path = url_path(draft.url)
    draft.title = f"{draft.method} {path}"
    segments = [part for part in path.split("/") if part][-2:]
    return finish(draft, origin, warn, slug(f"{draft.method.lower()}-{'-'.join(segments)}"))


def _is_curl(word: str) -> bool:
    return re.fullmatch(r"(?:.*[/\\])?curl(?:\.exe)?", word, re.IGNORECASE) is not None


# --- the shell's part ---------------------------------------------------------

def split_command(text: str, file: str = "<command>") -> Command:
    """The words of the first command in text, split as bash splits them."""
    return _Lexer(text.replace("\r\n", "\n"), file).command()


class _Lexer:
    def __init__(self, text: str, file: str):
        stripped = text.lstrip()
        if stripped.startswith("$ "):  # a prompt copied along with the command
            text = stripped[2:]
        self.text = text
        self.file = file
        self.pos = 0
        self.result = Command([])

    def error(self, message: str, at: int | None = None) -> SourceError:
        at = self.pos if at is None else at
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1) + 1
        return SourceError(f"{message} (column {column})", file=self.file, line=line)

    def command(self) -> Command:
        tokens = self.tokens(depth=0)
        index = 0
        while index < len(tokens) and tokens[index][0] == "newline":
            index += 1
        while index < len(tokens):
            kind, value, at = tokens[index]
            if kind == "word":
                self.result.words.append(value)
            elif kind == "redirect":
                target = tokens[index + 1][1] if index + 1 < len(tokens) and tokens[index + 1][0] == "word" else ""
                self.result.ignored.append(f"the redirection {value}{target}".rstrip())
                index += 1 if target else 0
            else:  # an operator or a newline: the command ends here
                rest = " ".join(self.text[at:].split())
                if rest:
                    rest = rest if len(rest) <= 60 else rest[:57] + "..."
                    self.result.ignored.append(f"what follows the command ({rest})")
                break
            index += 1
        return self.result

    def tokens(self, depth: int) -> list[tuple[str, str, int]]:
        """("word" | "op" | "redirect" | "newline", text, position) up to the end, or to `)` inside <( )."""
        text = self.text
        result: list[tuple[str, str, int]] = []
        while True:
            while self.pos < len(text) and (text[self.pos] in " \t" or text.startswith("\\\n", self.pos)):
                self.pos += 2 if text[self.pos] == "\\" else 1
            if self.pos >= len(text):
                if depth:
                    raise self.error("unclosed <( ... ): the command ends inside it")
                return result
            start, char = self.pos, text[self.pos]
            if char == "\n":
                result.append(("newline", "\n", start))
                self.pos += 1
            elif char == "#":
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end
            elif char == ")" and depth:
                self.pos += 1
                return result
            elif char in "|;&()":
                match = re.match(r"\|\||&&|;;|\|&|&>>?|[|;&()]", text[self.pos:])
                self.pos += len(match.group(0))
                result.append(("op", match.group(0), start))
            elif char in "<>" and not text.startswith("<(", self.pos):
                result.append(("redirect", self.redirect(), start))
            else:
                word = self.word(depth)
                if word is None:  # digits that turned out to be a redirection's descriptor
                    result.append(("redirect", self.redirect(), start))
                else:
                    result.append(("word", word, start))

    def redirect(self) -> str:
        match = re.match(r"<<<|<<-?|<>|>>|>&|<&|>\||[<>]", self.text[self.pos:])
        self.pos += len(match.group(0))
        return match.group(0) + " "

    def word(self, depth: int) -> str | None:
        text = self.text
        parts: list[str] = []
        start = self.pos
        while self.pos < len(text):
            char = text[self.pos]
            if char in " \t\n|;&" or (char == ")" and depth):
                break
            if char in "<>":
                if text.startswith("<(", self.pos):
                    parts.append(self.process_substitution())
                    continue
                if parts and "".join(parts).isdigit() and text[start:self.pos].isdigit():
                    return None  # `2>file`: the digits name the descriptor
                break
            if char == "\\":
                if self.pos + 1 >= len(text):
                    raise self.error("the command ends with a lone backslash")
                if text[self.pos + 1] != "\n":
                    parts.append(text[self.pos + 1])
                self.pos += 2
            elif char == "'":
                end = text.find("'", self.pos + 1)
                if end < 0:
                    raise self.error("unbalanced ' quote: it is never closed")
                parts.append(text[self.pos + 1:end])
                self.pos = end + 1
            elif char == '"':
                parts.append(self.double_quoted())
            elif char == "$":
                parts.append(self.dollar(quoted=False))
            elif char == "`":
                raise self.error("command substitution `...` cannot be imported; write its output instead")
            else:
                parts.append(char)
                self.pos += 1
        return "".join(parts)

    def double_quoted(self) -> str:
        text = self.text
        opened = self.pos
        self.pos += 1
        parts = []
        while True:
            if self.pos >= len(text):
                raise self.error('unbalanced " quote: it is never closed', opened)
            char = text[self.pos]
            if char == '"':
                self.pos += 1
                return "".join(parts)
            if char == "\\" and self.pos + 1 < len(text) and text[self.pos + 1] in '$`"\\\n':
                if text[self.pos + 1] != "\n":
                    parts.append(text[self.pos + 1])
                self.pos += 2
            elif char == "$":
                parts.append(self.dollar(quoted=True))
            elif char == "`":
                raise self.error("command substitution `...` cannot be imported; write its output instead")
            else:
                parts.append(char)
                self.pos += 1

    def dollar(self, quoted: bool) -> str:
        """What a $ at self.pos stands for: a placeholder for a shell variable, or the text itself."""
        text = self.text
        following = text[self.pos + 1:self.pos + 2]
        if following == "'" and not quoted:
            return self.ansi_c()
        if following == '"' and not quoted:
            self.pos += 1
            return self.double_quoted()
        if following == "(":
            raise self.error("command substitution $(...) cannot be imported; write its output instead")
        if following == "{":
            end = text.find("}", self.pos)
            if end < 0:
                raise self.error("unclosed ${")
            inner = text[self.pos + 2:end]
            match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)(?::?-(.*))?", inner, re.DOTALL)
            if not match:
                raise self.error(f"the shell expansion ${{{inner[:30]}}} cannot be imported; write the value instead")
            self.pos = end + 1
            return self.variable(match[1], match[2])
        match = _NAME.match(text, self.pos + 1)
        if match:
            self.pos = match.end()
            return self.variable(match.group(0), None)
        if following and following in "0123456789?@*#!-$":
            raise self.error(f"the shell fills ${following} when it runs the command; write the value instead")
        self.pos += 1
        return "$"

    def variable(self, name: str, default: str | None) -> str:
        known = self.result.shell_variables.get(name)
        self.result.shell_variables[name] = known if known is not None else default
        return "{" + name + "}"

    def ansi_c(self) -> str:
        """bash's $'...': backslash escapes, \\xHH bytes read as UTF-8."""
        text = self.text
        opened = self.pos
        self.pos += 2
        data = bytearray()
        simple = {"a": 7, "b": 8, "e": 27, "E": 27, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11,
                  "\\": 92, "'": 39, '"': 34, "?": 63}
        while True:
            if self.pos >= len(text):
                raise self.error("unbalanced $' quote: it is never closed", opened)
            char = text[self.pos]
            if char == "'":
                self.pos += 1
                break
            if char != "\\":
                data += char.encode("utf-8")
                self.pos += 1
                continue
            escape = text[self.pos + 1:self.pos + 2]
            self.pos += 2
            if escape in simple:
                data.append(simple[escape])
            elif escape == "x" and (match := re.match(r"[0-9A-Fa-f]{1,2}", text[self.pos:])):
                data.append(int(match.group(0), 16))
                self.pos += len(match.group(0))
            elif escape in "uU" and escape and (match := re.match(
                    r"[0-9A-Fa-f]{1,%d}" % (4 if escape == "u" else 8), text[self.pos:])):
                data += chr(int(match.group(0), 16)).encode("utf-8", "surrogatepass")
                self.pos += len(match.group(0))
            elif escape and escape in "01234567":
                match = re.match(r"[0-7]{0,2}", text[self.pos:])
                data.append(int(escape + match.group(0), 8) & 0xFF)
                self.pos += len(match.group(0))
            elif escape == "c" and self.pos < len(text):
                data.append(ord(text[self.pos]) & 0x1F)
                self.pos += 1
            else:
                data += ("\\" + escape).encode("utf-8")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise self.error("the $'...' string is not UTF-8 text", opened) from None

    def process_substitution(self) -> str:
        """<(printf '%s' TEXT), as snippetgen writes an argument too long for exec: stands for TEXT."""
        opened = self.pos
        self.pos += 2
        inner = self.tokens(depth=1)
        words = [value for kind, value, _ in inner if kind == "word"]
        if len(words) != len(inner) or len(words) != 3 or words[0] != "printf" or words[1] != "%s":
            raise self.error("process substitution <(...) cannot be imported, except <(printf '%s' TEXT)", opened)
        sentinel = _SENTINEL.format(len(self.result.contents))
        self.result.contents[sentinel] = words[2]
        return sentinel


# --- curl's part --------------------------------------------------------------

@dataclass
class _Data:
    kind: str  # data | json | urlencode
    text: str  # as sent


class _Reader:
    """curl's options -> a Draft, with a warning for each option a spec cannot say."""

    def __init__(self, origin: Origin, warn: Warn, command: Command):
        self.origin = origin
        self.emit = warn
        self.warn = lambda message: warn(origin.warning(message))
        self.contents = command.contents
        self.urls: list[str] = []
        self.method: str | None = None
        self.headers: list[tuple[str, str]] = []
        self.data: list[_Data] = []
        self.url_query: list[str] = []
        self.get = self.head = self.form = self.upload = False
        self.user: str | None = None
        self.cookies: list[str] = []
        self.ignored: list[str] = []
        self.variables: dict[str, dict] = {}

    def read(self, words: list[str]) -> Draft:
        index = 0
        while index < len(words):
            word = words[index]
            index += 1
            if word.startswith("--") and len(word) > 2:
                name = word[2:]
                if name in _LONG_WITH_ARGUMENT:
                    index = self.with_argument(name, word, words, index)
                elif name in _LONG_FLAGS or (name.startswith("no-") and name[3:] in _LONG_FLAGS):
                    self.option(name, None, word)
                else:
                    self.warn(f"ignored {word}: not a curl option snippetgen knows")
            elif word.startswith("-") and len(word) > 1:
                position = 1
                while position < len(word):
                    letter = word[position]
                    position += 1
                    long = _SHORT_TO_LONG.get(letter)
                    if long is None:
                        self.warn(f"ignored -{letter}: not a curl option snippetgen knows")
                    elif letter in _SHORT_WITH_ARGUMENT:
                        if position < len(word):
                            self.option(long, word[position:], f"-{letter}")
                        else:
                            index = self.with_argument(long, f"-{letter}", words, index)
                        break
                    else:
                        self.option(long, None, f"-{letter}")
            else:
                self.urls.append(word)
        return self.draft()

    def with_argument(self, name: str, spelled: str, words: list[str], index: int) -> int:
        if index >= len(words):
            raise self.origin.error(f"{spelled} needs an argument, and the command ends")
        self.option(name, words[index], spelled)
        return index + 1

    def option(self, name: str, value: str | None, spelled: str) -> None:
        if name == "url":
            self.urls.append(value)
        elif name == "request":
            self.method = value
        elif name == "header":
            self.header(value, spelled)
        elif name == "user-agent":
            self.headers.append(("User-Agent", value))
        elif name == "referer":
            self.headers.append(("Referer", value.removesuffix(";auto")))
        elif name == "cookie":
            if "=" in value:
                self.cookies.append(value)
            else:
                self.warn(f"left out {spelled} {value}: curl reads the cookies from that file")
        elif name == "user":
            self.user = value
        elif name == "oauth2-bearer":
            self.headers.append(("Authorization", f"Bearer {value}"))
        elif name == "range":
            self.headers.append(("Range", f"bytes={value}"))
        elif name in ("data", "data-ascii", "data-binary", "data-raw"):
            # -d @file drops the file's line breaks; --data-binary @file keeps them; --data-raw reads no file.
            self.add_data("data", value, spelled, file_allowed=name != "data-raw",
                          strip_newlines=name in ("data", "data-ascii"))
        elif name == "json":
            self.add_data("json", value, spelled, file_allowed=True)
        elif name == "data-urlencode":
            encoded = self.urlencode(value, spelled)
            if encoded is not None:
                self.data.append(_Data("urlencode", encoded))
        elif name == "url-query":
            encoded = value[1:] if value.startswith("+") else self.urlencode(value, spelled)
            if encoded is not None:
                self.url_query.append(encoded)
        elif name == "get":
            self.get = True
        elif name == "head":
            self.head = True
        elif name in ("form", "form-string"):
            self.form = True
            self.warn(f"left out {spelled} {_short(value)}: the spec format has no multipart bodies")
        elif name == "upload-file":
            self.upload = True
            self.warn(f"left out {spelled} {_short(value)}: curl uploads that file, which the command does not hold")
        elif name in _NOT_EXPRESSIBLE:
            self.warn(f"left out {spelled}: {_NOT_EXPRESSIBLE[name]}")
        elif name in _QUIET or name.startswith("no-"):
            self.ignored.append(spelled)
        else:
            self.warn(f"left out {spelled}: it does not change the request in a way a spec can describe")

    def header(self, value: str, spelled: str) -> None:
        if value.startswith("@"):
            self.warn(f"left out {spelled} {_short(value)}: curl reads the headers from that file")
            return
        name, colon, rest = value.partition(":")
        if not colon:
            if value.rstrip().endswith(";"):  # "Name;" sends Name with an empty value
                self.headers.append((value.rstrip()[:-1].strip(), ""))
            else:
                self.warn(f"left out {spelled} {_short(value)}: a header is written 'Name: value'")
            return
        if not rest.strip():
            self.warn(f"left out {spelled} {_short(value)}: it removes a header curl adds itself, "
                      "and the spec does not add it")
            return
        self.headers.append((name.strip(), rest.strip(" \t")))

    def content(self, value: str, spelled: str) -> str | None:
        """The text of @FILE: known only for a <(printf '%s' ...) the command itself holds."""
        if value in self.contents:
            return self.contents[value]
        where = "standard input" if value == "-" else f"the file {value}"
        self.warn(f"left out {spelled} @{_short(value, 40)}: curl reads it from {where}, "
                  "which the command does not hold")
        return None

    def add_data(self, kind: str, value: str, spelled: str, file_allowed: bool, strip_newlines: bool = False) -> None:
        if file_allowed and value.startswith("@"):
            text = self.content(value[1:], spelled)
            if text is None:
                return
            value = text.replace("\r", "").replace("\n", "") if strip_newlines else text
        self.data.append(_Data(kind, value))

    def urlencode(self, value: str, spelled: str) -> str | None:
        """--data-urlencode's forms: content, =content, name=content, @file, name@file."""
        split = re.search(r"[=@]", value)
        if split and split.group(0) == "@":
            name, path = value[:split.start()], value[split.end():]
            text = self.content(path, spelled)
            if text is None:
                return None
            return (name + "=" if name else "") + quote(text, safe="-._~")
        if split:
            name, content = value[:split.start()], value[split.end():]
            return (name + "=" if name else "") + quote(content, safe="-._~")
        return quote(value, safe="-._~")

    def draft(self) -> Draft:
        if not self.urls:
            raise self.origin.error("the curl command has no URL")
        if len(self.urls) > 1:
            listed = ", ".join(_short(url, 40) for url in self.urls)
            raise self.origin.error(f"the command has {len(self.urls)} URLs ({listed}); "
                                    "a spec describes one request: import them one at a time")
        if self.ignored:
            self.warn(f"ignored {', '.join(dict.fromkeys(self.ignored))}: they change how curl connects "
                      "or what it prints, not the request")
        url = self.urls[0]
        if "://" not in url:
            url = "http://" + url  # what curl does
        headers = list(self.headers)
        if self.cookies:
            headers.append(("Cookie", "; ".join(self.cookies)))
        if self.user is not None:
            self.authorization(headers)
        body_text = self.body_text()
        query_text = "&".join(piece for piece in [body_text if self.get else None, *self.url_query] if piece)
        if query_text:
            base, hash_sign, fragment = url.partition("#")
            url = base + ("&" if "?" in base else "?") + query_text + hash_sign + fragment
        method = self.method or ("HEAD" if self.head else "GET" if self.get else
                                 "POST" if self.data or self.form else "PUT" if self.upload else "GET")
        draft = Draft(method=method, url=url, headers=headers, variables=self.variables)
        if body_text is not None and not self.get:
            draft.body = self.body(body_text, headers)
        return draft

    def authorization(self, headers: list[tuple[str, str]]) -> None:
        if any(name.lower() == "authorization" for name, _ in headers):
            self.warn("left out -u: the Authorization header of the command is sent instead, as curl does")
            return
        user = self.user
        if ":" not in user:
            self.warn("left out -u: curl asks for the password when it runs; write it as -u user:password")
            return
        if PLACEHOLDER.search(user):
            self.variables["basicAuth"] = {
                "description": f"base64 of {user} (user:password) for the Basic Authorization header",
                "secret": True}
            self.warn(f"-u {user}: the spec cannot base64-encode placeholders, so the header takes the encoded "
                      "credentials as {basicAuth}")
            headers.append(("Authorization", "Basic {basicAuth}"))
            return
        headers.append(("Authorization", "Basic " + base64.b64encode(user.encode("utf-8")).decode("ascii")))

    def body_text(self) -> str | None:
        if not self.data:
            return None
        text = self.data[0].text
        for piece in self.data[1:]:
            text += ("" if piece.kind == "json" else "&") + piece.text
        return text

    def body(self, text: str, headers: list[tuple[str, str]]) -> tuple[str, object]:
        is_json = any(piece.kind == "json" for piece in self.data)
        names = {name.lower() for name, _ in headers}
        if is_json:
            if "content-type" not in names:
                headers.append(("Content-Type", "application/json"))
            if "accept" not in names:
                headers.append(("Accept", "application/json"))
        content_type = next((value for name, value in headers if name.lower() == "content-type"),
                            DEFAULT_CONTENT_TYPES["form"])
        body = body_from_text(content_type, text, self.origin, self.emit)
        if body[0] != "form" and "content-type" not in {name.lower() for name, _ in headers}:
            headers.append(("Content-Type", content_type))  # curl's default, which a text body needs said
        return body


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 3] + "..."
