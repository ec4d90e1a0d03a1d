/**
 * The page's stylesheets, in cascade order. Each component imports its own stylesheet too, but
 * importing them all here, from the small entry (boot.ts), puts them in the one stylesheet the
 * page links in <head>, in this order, before the first paint: a stylesheet imported only from
 * the lazily loaded app would come later, in a second file (tests/unit/styles.test.ts checks
 * that none is missing here).
 */
import 'virtual:palette.css';
import './ui/tokens.css';
import './ui/base.css';
import './ui/buttons.css';
import './ui/controls.css';
import './ui/clock.css';
import './ui/compact-clock.css';
import './ui/places-section.css';
import './ui/notice.css';
import './ui/route-panel.css';
// After the sections it holds: `.panel-section h2` sets their headings' size and margins.
import './ui/panel.css';
import './ui/key-figures.css';
import './ui/tables.css';
import './ui/ledger.css';
import './ui/verdict-summary.css';
import './ui/journey-tables.css';
import './ui/export-buttons.css';
import './ui/embed-dialog.css';
// MapLibre's own, here and not with the lazily loaded map: a stylesheet arriving after the
// page has drawn restyles and lays out the whole written page again.
import 'maplibre-gl/dist/maplibre-gl.css';
import './map/map.css';
// After the layout it rearranges for a page read without scripts.
import './ui/no-script.css';
// Last: print overrides every component.
import './ui/print.css';
