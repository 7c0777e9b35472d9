let uri = Uri.of_string "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose" in
let headers = Header.init () in
let* response, body = Client.call ~headers `DELETE uri in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
