let uri = Uri.of_string "https://api.example.com/trace" in
(* cohttp 4's Header.add writes the values of a repeated name last first: each name is given
   once, its values joined (", ", "; " for cookies), which HTTP reads the same. *)
let headers =
  Header.of_list
    [
      ("accept", "application/json");
      ("x-trace", "one, two, three");
      ("Cookie", "session={sessionId}; theme=dark");
    ]
in
let* response, body = Client.call ~headers `GET uri in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
