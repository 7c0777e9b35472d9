(ns example
  (:import (java.net URI)
           (java.net.http HttpClient HttpRequest HttpRequest$BodyPublishers HttpResponse$BodyHandlers)))

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/trace"))
                  (.header "accept" "application/json")
                  (.header "x-trace" "one")
                  (.header "X-Trace" "two, three")
                  (.header "Cookie" "session={sessionId}; theme=dark")
                  (.GET)
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
