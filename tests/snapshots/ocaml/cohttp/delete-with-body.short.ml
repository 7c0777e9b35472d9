let uri = Uri.of_string "https://api.example.com/items" in
let headers =
  Header.of_list
    [
      ("Content-Type", "application/json");
    ]
in
let payload = {|{
  "ids": [
    1,
    2,
    3
  ]
}|} in
(* ~chunked:false: the body goes out with its Content-Length, not chunked. *)
let* response, body =
  Client.call ~headers ~body:(Cohttp_lwt.Body.of_string payload) ~chunked:false `DELETE uri
in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
