(ns example
  (:require [clj-http.client :as client]
            [clojure.java.io :as io])
  (:import (java.nio.charset StandardCharsets)
           (org.apache.http.entity ContentType)
           (org.apache.http.entity.mime HttpMultipartMode MultipartEntityBuilder)
           (org.apache.http.entity.mime.content FileBody)))

;; clj-http's :multipart writes its parts in strict mode: names and text as US-ASCII, and a
;; Content-Type on every text part. HttpClient's MultipartEntityBuilder in browser-compatible
;; mode writes them as browsers do: UTF-8, a Content-Type on file parts only.
(def payload
  (let [utf8-text (ContentType/create "text/plain" StandardCharsets/UTF_8)]
    (-> (MultipartEntityBuilder/create)
        (.setMode HttpMultipartMode/BROWSER_COMPATIBLE)
        (.setCharset StandardCharsets/UTF_8)
        (.addTextBody "description" "Q3 report; it's \"final\", 100% & done\nsecond line é" utf8-text)
        (.addPart "report" (FileBody. (io/file "{reportPath}") (ContentType/create "application/pdf") "report.pdf"))
        (.addPart "logo" (FileBody. (io/file "{logoPath}") ContentType/APPLICATION_OCTET_STREAM "{logoPath}"))
        (.addTextBody "note" "" utf8-text)
        (.build))))

(let [response (client/post "https://api.example.com/v1/upload?dryRun"
                            {:headers {"accept" "application/json"}
                             :body payload
                             :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
