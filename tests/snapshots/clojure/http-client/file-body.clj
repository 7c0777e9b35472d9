(ns example
  (:require [clojure.java.io :as io])
  (:import (java.net URI)
           (java.net.http HttpClient HttpRequest HttpRequest$BodyPublishers HttpResponse$BodyHandlers)))

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/v1/blobs/42"))
                  (.header "Content-Type" "application/octet-stream")
                  (.PUT (HttpRequest$BodyPublishers/ofFile (.toPath (io/file "{payloadPath}"))))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
