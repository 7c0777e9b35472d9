let uri = Uri.of_string "https://api.example.com/form" in
let headers =
  Header.of_list
    [
      ("Content-Type", "application/x-www-form-urlencoded");
    ]
in
let payload =
  Uri.encoded_of_query
    [
      ("scope", [ "read" ]);
      ("scope", [ "write & delete" ]);
      ("note", [ "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line" ]);
    ]
in
(* ~chunked:false: the body goes out with its Content-Length, not chunked. *)
let* response, body =
  Client.call ~headers ~body:(Cohttp_lwt.Body.of_string payload) ~chunked:false `POST uri
in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
