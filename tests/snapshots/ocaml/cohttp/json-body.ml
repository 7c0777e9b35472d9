open Lwt.Syntax
open Cohttp
open Cohttp_lwt_unix

let payload = {|{
  "name": "Widget \"Deluxe\" it's 'quoted'",
  "path": "C:\\temp\\new",
  "shell": "$HOME #{x} ${y} `z`",
  "note": "line one\nline two\ttabbed",
  "unicode": "café 中文 😀 \u202e\u200b",
  "counts": [
    1,
    -2,
    1.5,
    1.0,
    12345678901234567890,
    0
  ],
  "flags": [
    true,
    false,
    null
  ],
  "empty": {
    "object": {},
    "list": []
  }
}|}

(* cohttp's TLS (conduit over OpenSSL) checks the server's certificate against the system's
   CAs, and its host name. *)
let main () =
  let uri = Uri.of_string "https://api.example.com/v1/widgets" in
  let headers =
    Header.of_list
      [
        ("x-api-key", "{apiKey}");
        ("Content-Type", "application/json");
      ]
  in
  (* ~chunked:false: the body goes out with its Content-Length, not chunked. *)
  let* response, body =
    Client.call ~headers ~body:(Cohttp_lwt.Body.of_string payload) ~chunked:false `POST uri
  in
  let* text = Cohttp_lwt.Body.to_string body in
  Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
  Lwt.return_unit

let () =
  try Lwt_main.run (main ()) with
  | exn ->
      prerr_endline ("Request failed: " ^ Printexc.to_string exn);
      exit 1
