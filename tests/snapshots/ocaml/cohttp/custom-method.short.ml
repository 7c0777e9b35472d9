let uri = Uri.of_string "http://cache.example.com:8080/page" in
let headers = Header.init () in
let* response, body = Client.call ~headers (Code.method_of_string "PURGE") uri in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
