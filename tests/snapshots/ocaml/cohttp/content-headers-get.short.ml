let uri = Uri.of_string "https://api.example.com/api" in
let headers =
  Header.of_list
    [
      ("authorization", "Bearer ACCESS_TOKEN");
      ("content-type", "application/json");
      ("content-language", "en");
    ]
in
let* response, body = Client.call ~headers `GET uri in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
