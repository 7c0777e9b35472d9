(def form [["scope" "read"]
           ["scope" "write & delete"]
           ["note" "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"]])

(def payload
  (str/join "&" (for [[^String name ^String value] form]
                  (str (URLEncoder/encode name StandardCharsets/UTF_8) "="
                       (URLEncoder/encode value StandardCharsets/UTF_8)))))

(let [client (HttpClient/newHttpClient)
      request (-> (HttpRequest/newBuilder (URI/create "https://api.example.com/form"))
                  (.header "Content-Type" "application/x-www-form-urlencoded")
                  (.POST (HttpRequest$BodyPublishers/ofString payload))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
