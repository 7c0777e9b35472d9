(def form [["grant_type" "client_credentials"]])

(def payload
  (str/join "&" (for [[^String name ^String value] form]
                  (str (URLEncoder/encode name StandardCharsets/UTF_8) "="
                       (URLEncoder/encode value StandardCharsets/UTF_8)))))

(let [client (HttpClient/newHttpClient)
      credentials (str "{clientId}" ":" "{clientSecret}")
      basic-auth (str "Basic " (.encodeToString (Base64/getEncoder) (.getBytes credentials StandardCharsets/UTF_8)))
      request (-> (HttpRequest/newBuilder (URI/create "https://{yourDomain}/oauth/token"))
                  (.header "Content-Type" "application/x-www-form-urlencoded")
                  (.header "Authorization" basic-auth)
                  (.POST (HttpRequest$BodyPublishers/ofString payload))
                  (.build))
      response (.send client request (HttpResponse$BodyHandlers/ofString))]
  (println (.statusCode response))
  (println (.body response)))
