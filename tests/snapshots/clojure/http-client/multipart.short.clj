;; java.net.http has no multipart API, so the body is written out here, part by part.
;; The boundary is fixed: it must not occur in any part (choose another if it could).
(def boundary "snippetgen-boundary-5d8e1c7a9f")

(defn text-part [name value]
  (HttpRequest$BodyPublishers/ofString
   (str "--" boundary "\r\n"
        "Content-Disposition: form-data; name=\"" name "\"\r\n\r\n"
        value "\r\n")))

(defn file-part [name filename content-type path]
  (HttpRequest$BodyPublishers/concat
   (into-array HttpRequest$BodyPublisher
               [(HttpRequest$BodyPublishers/ofString
                 (str "--" boundary "\r\n"
                      "Content-Disposition: form-data; name=\"" name "\"; filename=\"" filename "\"\r\n"
                      "Content-Type: " content-type "\r\n\r\n"))
                (HttpRequest$BodyPublishers/ofFile (.toPath (io/file path)))
                (HttpRequest$BodyPublishers/ofString "\r\n")])))

(def payload
  (HttpRequest$BodyPublishers/concat
   (into-array HttpRequest$BodyPublisher
               [(text-part "description" "Q3 report; it's \"final\", 100% & done\nsecond line é")
                (file-part "report" "report.pdf" "application/pdf" "{reportPath}")
                (file-part "logo" "{logoPath}" "application/octet-stream" "{logoPath}")
                (text-part "note" "")
                (HttpRequest$BodyPublishers/ofString (str "--" boundary "--\r\n"))])))

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/v1/upload?dryRun"))
                  (.header "accept" "application/json")
                  (.header "Content-Type" (str "multipart/form-data; boundary=" boundary))
                  (.POST payload)
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
