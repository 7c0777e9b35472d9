(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://{apiHost}/v1/me"))
                  (.header "Authorization" "Bearer {token}")
                  (.GET)
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
