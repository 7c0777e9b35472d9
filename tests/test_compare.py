"""verify's comparison of what a server received with the spec: the new request fields."""

from __future__ import annotations

import base64

import pytest

from snippetgen import build_request, parse_spec
from snippetgen.verify.compare import differences, sent_query
from snippetgen.verify.files import FileProblem, SAMPLE, provide_files
from snippetgen.verify.multipart import MultipartError, boundary_of, parse_multipart
from snippetgen.verify.server import Recorded


def built(text: str, **values: str):
    return build_request(parse_spec(text), values)


def multipart_body(boundary: str, *parts: tuple[str, bytes]) -> bytes:
    out = b""
    for head, data in parts:
        out += f"--{boundary}\r\n{head}\r\n\r\n".encode() + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


UPLOAD = """variables: {p: {}}
request:
  method: POST
  url: https://h/up
  multipart:
  - {name: "a b;c", value: "x\\ny"}
  - {name: f, file: "{p}", content-type: application/pdf}
"""


def test_multipart_is_compared_part_by_part() -> None:
    request = built(UPLOAD, p="/tmp/r é.pdf")
    files = {"/tmp/r é.pdf": b"\x00\xff\r\n"}
    body = multipart_body("XyZ", ('Content-Disposition: form-data; name="a b;c"', b"x\ny"),
                          ('Content-Disposition: form-data; name="f"; filename="r é.pdf"\r\n'
                           "Content-Type: application/pdf", b"\x00\xff\r\n"))
    headers = [("Content-Type", "multipart/form-data; boundary=XyZ")]
    assert differences(Recorded("POST", "/up", headers, body), request, files) == []
    # Each kind of difference is named: a CRLF where LF was, a lost content type, an RFC 2047 filename.
    wrong = multipart_body("XyZ", ('Content-Disposition: form-data; name="a b;c"', b"x\r\ny"),
                           ('Content-Disposition: form-data; name="f"; filename="=?utf-8?B?cg==?="', b"\x00\xff\r\n"))
    found = " ".join(differences(Recorded("POST", "/up", headers, wrong), request, files))
    for part in ("part 0 bytes", "part 1 filename", "part 1 content type"):
        assert part in found
    flat = " ".join(differences(Recorded("POST", "/up", [("Content-Type", "text/plain")], body), request, files))
    assert "not multipart/form-data" in flat


def test_multipart_parser_edges() -> None:
    assert boundary_of('multipart/form-data; boundary="a b"') == "a b"
    with pytest.raises(MultipartError):
        boundary_of("multipart/form-data")
    with pytest.raises(MultipartError, match="closing boundary"):
        parse_multipart(b"--b\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n", "b")
    [part] = parse_multipart(multipart_body("b", ('Content-Disposition: form-data; name=a; filename*=UTF-8\'\'x',
                                                  b"")), "b")
    assert part.name == "a" and part.filename is None and part.extra == ("filename*=UTF-8''x",)


def test_bare_query_names_differ_from_empty_values() -> None:
    assert sent_query("a&b=&c=%20+") == [("a", None), ("b", ""), ("c", "  ")]
    request = built("request: {url: 'https://h/p?flag'}")
    assert differences(Recorded("GET", "/p?flag", [], b""), request) == []
    assert "query" in " ".join(differences(Recorded("GET", "/p?flag=", [], b""), request))


def test_repeated_headers_may_arrive_joined_but_not_reordered() -> None:
    request = built("request:\n  url: https://h/\n  headers: [[X-A, '1'], [X-A, '2']]\n  cookies: {a: b, c: d}\n")
    apart = [("X-A", "1"), ("X-A", "2"), ("Cookie", "a=b; c=d")]
    assert differences(Recorded("GET", "/", apart, b""), request) == []
    assert differences(Recorded("GET", "/", [("x-a", "1, 2"), ("cookie", "a=b; c=d")], b""), request) == []
    assert "header x-a" in " ".join(differences(Recorded("GET", "/", [("X-A", "2, 1"), ("Cookie", "a=b; c=d")], b""),
                                                request))


def test_basic_credentials_are_utf8() -> None:
    request = built("request:\n  url: https://h/\n  auth: {basic: {username: é, password: 'p:w'}}\n")
    good = "Basic " + base64.b64encode("é:p:w".encode("utf-8")).decode()
    latin1 = "Basic " + base64.b64encode("é:p:w".encode("latin-1")).decode()
    assert differences(Recorded("GET", "/", [("Authorization", good)], b""), request) == []
    assert "authorization" in " ".join(differences(Recorded("GET", "/", [("Authorization", latin1)], b""), request))


def test_a_file_body_is_compared_byte_for_byte(tmp_path) -> None:
    request = built("request:\n  method: PUT\n  url: https://h/\n  file: data/a.bin\n")
    files = provide_files(request, tmp_path)
    assert files == {"data/a.bin": SAMPLE} and (tmp_path / "data" / "a.bin").read_bytes() == SAMPLE
    headers = [("Content-Type", "application/octet-stream")]
    assert differences(Recorded("PUT", "/", headers, SAMPLE), request, files) == []
    assert "file" in " ".join(differences(Recorded("PUT", "/", headers, SAMPLE[:-1]), request, files))


@pytest.mark.parametrize("path", ["../outside.bin", "a/../../b", "/no/such/file.bin"])
def test_verify_never_writes_outside_its_folder_nor_invents_an_absolute_file(tmp_path, path) -> None:
    request = built(f"request:\n  method: PUT\n  url: https://h/\n  file: '{path}'\n")
    with pytest.raises(FileProblem):
        provide_files(request, tmp_path / "work")
    assert not (tmp_path / "outside.bin").exists()


def test_a_content_type_the_spec_does_not_give_is_a_difference() -> None:
    request = built("request:\n  method: POST\n  url: https://h/\n")
    added = [("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", "0")]
    assert "content-type" in " ".join(differences(Recorded("POST", "/", added, b""), request))
    assert differences(Recorded("POST", "/", [("Content-Length", "0")], b""), request) == []
