import { enhance } from './index';
import { revealTargets } from './reveal';

// The entry of the script the build puts on the page (a module: it runs once the HTML is parsed).
enhance(document);
revealTargets(document);
