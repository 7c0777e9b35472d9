(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "http://cache.example.com:8080/page"))
                  (.method "PURGE" (HttpRequest$BodyPublishers/noBody))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
