open Lwt.Syntax
open Cohttp
open Cohttp_lwt_unix

(* cohttp's TLS (conduit over OpenSSL) checks the server's certificate against the system's
   CAs, and its host name. *)
let main () =
  let uri = Uri.of_string "https://{yourDomain}/oauth/token" in
  let headers =
    Header.of_list
      [
        ("content-type", "application/x-www-form-urlencoded");
      ]
  in
  let payload =
    Uri.encoded_of_query
      [
        ("grant_type", [ "client_credentials" ]);
        ("client_id", [ "{yourClientId}" ]);
        ("client_secret", [ "{yourClientSecret}" ]);
        ("audience", [ "YOUR_API_IDENTIFIER" ]);
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
