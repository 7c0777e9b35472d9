(def payload "{
  \"ids\": [
    1,
    2,
    3
  ]
}")

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/items"))
                  (.header "Content-Type" "application/json")
                  (.method "DELETE" (HttpRequest$BodyPublishers/ofString payload))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
