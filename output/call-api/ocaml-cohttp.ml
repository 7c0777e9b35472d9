open Lwt.Syntax
open Cohttp
open Cohttp_lwt_unix

(* cohttp's TLS (conduit over OpenSSL) checks the server's certificate against the system's
   CAs, and its host name. *)
let main () =
  let uri = Uri.of_string "https://myapi.com/api" in
  let headers =
    Header.of_list
      [
        ("authorization", "Bearer {accessToken}");
        ("content-type", "application/json");
      ]
  in
  let* response, body = Client.call ~headers `GET uri in
  let* text = Cohttp_lwt.Body.to_string body in
  Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
  Lwt.return_unit

let () =
  try Lwt_main.run (main ()) with
  | exn ->
      prerr_endline ("Request failed: " ^ Printexc.to_string exn);
      exit 1
