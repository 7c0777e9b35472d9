(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/items/42"))
                  (.method "HEAD" (HttpRequest$BodyPublishers/noBody))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
