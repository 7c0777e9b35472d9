let uri = Uri.of_string "https://api.example.com/v1/upload?dryRun" in
let headers =
  Header.of_list
    [
      ("accept", "application/json");
    ]
in
(* cohttp has no multipart encoder: the body is written out here, part by part, with a fixed
   boundary, which must not occur in any part (choose another if it could). *)
let boundary = "snippetgen-boundary-5d8e1c7a9f" in
let text_part name value =
  Lwt.return
    (Printf.sprintf "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
       boundary name value)
in
let file_part name filename content_type path =
  let+ data = Lwt_io.with_file ~mode:Lwt_io.Input path Lwt_io.read in
  Printf.sprintf
    "--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n%s\r\n"
    boundary name filename content_type data
in
let* parts =
  Lwt.all
    [
      text_part "description" "Q3 report; it's \"final\", 100% & done\nsecond line é";
      file_part "report" "report.pdf" "application/pdf" "{reportPath}";
      file_part "logo" (Filename.basename "{logoPath}") "application/octet-stream" "{logoPath}";
      text_part "note" "";
    ]
in
let payload = String.concat "" parts ^ "--" ^ boundary ^ "--\r\n" in
let headers = Header.add headers "Content-Type" ("multipart/form-data; boundary=" ^ boundary) in
(* ~chunked:false: the body goes out with its Content-Length, not chunked. *)
let* response, body =
  Client.call ~headers ~body:(Cohttp_lwt.Body.of_string payload) ~chunked:false `POST uri
in
let* text = Cohttp_lwt.Body.to_string body in
Printf.printf "%d\n%s\n" (Code.code_of_status (Response.status response)) text;
Lwt.return_unit
