(ns example
  (:import (java.net URI)
           (java.net.http HttpClient HttpRequest HttpRequest$BodyPublishers HttpResponse$BodyHandlers)))

(def payload "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n")

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/notes/1"))
                  (.header "Content-Type" "text/plain; charset=utf-8")
                  (.PUT (HttpRequest$BodyPublishers/ofString payload))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
