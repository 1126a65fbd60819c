// Root component: language, session (login / expiry / logout), catalogue loading and the hash routes.
import { useEffect, useMemo, useState } from "preact/hooks";
import { Api } from "./api/endpoints.ts";
import { setUnauthorizedHandler } from "./api/http.ts";
import { logoutEverywhere } from "./api/sso.ts";
import type { PublicUser as User, RoleDef } from "../domain/index.ts";
import type { Instrument } from "../surveys/schema.ts";
import { Layout } from "./components/Layout.tsx";
import { Loading } from "./components/ErrorMessage.tsx";
import { I18nContext, initialLang, makeI18n, type Lang } from "./i18n/index.ts";
import { useRoute } from "./router.ts";
import { AppContext } from "./state.ts";
import { LoginView } from "./views/login/LoginView.tsx";
import { Routes } from "./routes.tsx";

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [roles, setRoles] = useState<RoleDef[]>([]);
  const [instruments, setInstruments] = useState<Instrument[]>([]);
  const route = useRoute();

  const setLang = (l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem("laget.lang", l);
    } catch {
      /* ignore */
    }
  };
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    // Registered after the first "who am I": its 401 means "not logged in yet", not "your session expired".
    const watchExpiry = () =>
      setUnauthorizedHandler(() => {
        setExpired(true);
        setUser(null);
      });
    Api.me()
      .then(
        (s) => setUser(s.user),
        () => setUser(null),
      )
      .finally(watchExpiry);
  }, []);
  useEffect(() => {
    if (!user) return;
    Api.roles().then(setRoles, () => setRoles([]));
    Api.instruments().then(setInstruments, () => setInstruments([]));
  }, [user?.id]);

  const logout = () => {
    logoutEverywhere().finally(() => {
      setExpired(false);
      setUser(null);
    });
  };
  const state = { user: user ?? null, roles, instruments, logout };
  const presenting = route.path[0] === "rounds" && route.path[2] === "meeting" && route.query.get("present") === "1";

  return (
    <I18nContext.Provider value={i18n}>
      <AppContext.Provider value={state}>
        <Layout chrome={!presenting}>
          {user === undefined ? (
            <Loading />
          ) : user === null ? (
            <LoginView
              expired={expired}
              onLogin={(u) => {
                setExpired(false);
                setUser(u);
              }}
            />
          ) : (
            <Routes route={route} />
          )}
        </Layout>
      </AppContext.Provider>
    </I18nContext.Provider>
  );
}
