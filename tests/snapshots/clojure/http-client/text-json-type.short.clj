(def payload " foo/bar \n")

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/raw"))
                  (.header "content-type" "application/json")
                  (.POST (HttpRequest$BodyPublishers/ofString payload))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
