let uri = Uri.of_string "https://{yourDomain}/oauth/token" in
let headers =
  Header.of_list
    [
      ("Content-Type", "application/x-www-form-urlencoded");
    ]
in
let username = "{clientId}" in
let password = "{clientSecret}" in
let headers = Header.add_authorization headers (`Basic (username, password)) in
let payload =
  Uri.encoded_of_query
    [
      ("grant_type", [ "client_credentials" ]);
    ]
in
(* ~chunked:false: the body goes out with its Content-Length, not chunked. *)
let* response, body =
  Client.call ~headers ~body:(Cohttp_lwt.Body.of_string payload) ~chunked:false `POST uri
in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
