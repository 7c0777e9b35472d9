(ns example
  (:require [clj-http.client :as client]
            [clojure.java.io :as io]))

(let [response (client/put "https://api.example.com/v1/blobs/42"
                           {:headers {"Content-Type" "application/octet-stream"}
                            :body (io/file "{payloadPath}")
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
