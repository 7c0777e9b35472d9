let uri = Uri.of_string "https://api.example.com/v1/blobs/42" in
let headers =
  Header.of_list
    [
      ("Content-Type", "application/octet-stream");
    ]
in
let* payload = Lwt_io.with_file ~mode:Lwt_io.Input "{payloadPath}" Lwt_io.read in
(* ~chunked:false: the body goes out with its Content-Length, not chunked. *)
let* response, body =
  Client.call ~headers ~body:(Cohttp_lwt.Body.of_string payload) ~chunked:false `PUT uri
in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
