import { useEffect, useState } from 'react';
import { podium } from './api';
import type { AppInfo } from '../shared/ipc-types';
import { MainWindow } from './components/MainWindow';
import { AudienceView } from './components/present/AudienceView';

/** One page for every window: main decides the role, the renderer shows the matching screen. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void podium.app.info().then(setInfo);
  }, []);
  if (!info) return null;
  document.documentElement.dataset.platform = info.platform;
  return info.role === 'audience' ? <AudienceView /> : <MainWindow />;
}
