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
