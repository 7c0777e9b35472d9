(ns example
  (:import (java.net URI)
           (java.net.http HttpClient HttpRequest HttpRequest$BodyPublishers HttpResponse$BodyHandlers)))

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty="))
                  (.header "Authorization" "Bearer {token}")
                  (.header "X-Quote" "it's \"quoted\" $HOME")
                  (.header "X-Empty" "")
                  (.GET)
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
